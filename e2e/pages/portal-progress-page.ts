import { expect, type Browser, type Page } from "@playwright/test";
import { LoginPage } from "./login-page";

/** The patient's own Progress page, on a phone-sized screen. */
export class PortalProgressPage {
  static readonly viewport = { width: 375, height: 812 };

  constructor(readonly page: Page) {}

  /**
   * A fresh phone-sized browser signed in as the given portal patient. Signing in checks a bcrypt hash,
   * slow on a busy machine: tests that call this are marked slow.
   */
  static async signedIn(browser: Browser, email: string): Promise<PortalProgressPage> {
    // A signed-out context: inside a describe that signs in as someone else, newContext would inherit them.
    const context = await browser.newContext({ viewport: PortalProgressPage.viewport, storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
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
