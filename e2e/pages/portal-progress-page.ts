import { expect, type Page } from "@playwright/test";
import type { AsRole } from "../fixtures/roles";
import { LoginPage } from "./login-page";

/** The patient's own Progress page, on a phone-sized screen. */
export class PortalProgressPage {
  static readonly viewport = { width: 375, height: 812 };

  constructor(readonly page: Page) {}

  /**
   * A fresh phone-sized browser (asRole's, closed when the test ends) signed in through the sign-in page
   * as the given portal patient. Signing in checks a bcrypt hash, slow on a busy machine: tests that
   * call this are marked slow.
   */
  static async signedIn(asRole: AsRole, email: string): Promise<PortalProgressPage> {
    const page = await asRole(null, { viewport: PortalProgressPage.viewport });
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(email);
    await page.waitForURL(/\/portal$/);
    return new PortalProgressPage(page);
  }

  async goto() {
    await this.page.goto("/portal/progress");
    await expect(this.page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
  }

  section(name: string) {
    return this.page.getByRole("region", { name });
  }

  /** Nothing wider than the screen: no sideways scrolling at 375 px. */
  async expectNoHorizontalScroll() {
    const overflow = await this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
}
