import type { EmailAdapter } from 'payload'
import nodemailer from 'nodemailer'

/**
 * Mail goes out over SMTP when SMTP_URL is set (smtp://user:pass@host:587). Without it the site
 * works as before and says once, at start, that mail is off.
 */
export function smtpEmailAdapter(smtpUrl: string | undefined, from: string): EmailAdapter | undefined {
  if (!smtpUrl) return undefined
  return ({ payload }) => {
    const transport = nodemailer.createTransport(smtpUrl)
    return {
      name: 'smtp',
      defaultFromAddress: from,
      defaultFromName: 'Altai News',
      sendEmail: async (message) => {
        try {
          return await transport.sendMail({ from, ...message })
        } catch (error) {
          payload.logger.error({ msg: 'email could not be sent', to: message.to, error: String(error) })
          return null
        }
      },
    }
  }
}
