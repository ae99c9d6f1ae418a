import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import { type Browser, chromium, type Page } from 'playwright-core'

import { chromiumPath, quietFlags } from '../../scripts/lib/chromium.mjs'
import { siteUrl } from './site'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: quietFlags })
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

type AxeViolation = { id: string; impact: string; help: string; nodes: { target: string[] }[] }

/** axe-core's WCAG 2.1 A/AA rules on the page as it is; returns the violations, if any. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: an inline <script> would be refused by the page's CSP.
  await page.evaluate(axeSource)
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: unknown[] }> } }
    ).axe
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    })
    return result.violations
  })) as AxeViolation[]
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}

/**
 * Signs in on the admin's login page as a person does (email, password, submit) and waits for the
 * dashboard. Returns the same page, now carrying the admin's session cookie.
 */
export async function signInToAdmin(
  page: Page,
  { email, password }: { email: string; password: string },
): Promise<Page> {
  await page.goto(`${siteUrl()}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await Promise.all([page.waitForURL(/\/admin\/?$/), page.click('button[type="submit"]')])
  return page
}

/**
 * `page.waitForSelector(selector)`, whose timeout error also says where the page was and what it
 * showed (its URL and the first 600 characters of its text): a failure in a CI log can then be
 * read without a screenshot (a sign-in page, an error page, or the right page still loading).
 */
export async function waitForOnPage(page: Page, selector: string): Promise<void> {
  try {
    await page.waitForSelector(selector)
  } catch (error) {
    const shown = await page
      .locator('body')
      .innerText({ timeout: 2_000 })
      .catch(() => '(no text)')
    throw new Error(
      `${(error as Error).message}\nPage: ${page.url()}\nShowing: ${shown.replace(/\s+/g, ' ').slice(0, 600)}`,
    )
  }
}
