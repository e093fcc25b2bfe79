import type { Metadata, Viewport } from "next";
import { GeistSans } from "geist/font/sans";
import { ClinicTimeZoneProvider } from "@/components/ui/clinic-time-zone";
import { DEFAULT_TIME_ZONE } from "@/lib/core/time-zones";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Rehabit", template: "%s · Rehabit" },
  description: "Physical-therapy clinic dashboard",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={GeistSans.variable}>
      <body className="min-h-screen font-sans">
        {/*
          UTC until the staff layout provides the clinic's zone. Provided here too so the provider's few
          bytes load with the root chunk: a client module of the staff layout's own made the bundler copy
          next/link (about 3 kB) into a chunk for that layout, on every staff page.
        */}
        <ClinicTimeZoneProvider timeZone={DEFAULT_TIME_ZONE}>{children}</ClinicTimeZoneProvider>
      </body>
    </html>
  );
}
