import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/**
 * A real SMTP server on a free loopback port, for tests of the mail the site sends: every mail
 * that arrives is parsed (mailparser) and kept in `received`, in arrival order. `close()` stops it.
 */
export async function startMailbox(): Promise<{ received: ParsedMail[]; port: number; close: () => Promise<void> }> {
  const received: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => received.push(mail))
        .then(() => callback(), callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as { port: number }).port
  return { received, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
