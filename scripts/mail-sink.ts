/**
 * `npm run mail:sink`: a local inbox for demos and development. Listens for SMTP on 127.0.0.1:1025
 * (MAIL_SINK_PORT changes it), accepts every message and prints who it is for, its subject and its
 * plain text, so with `SMTP_URL=smtp://127.0.0.1:1025 npm run dev` the invitation, reset and reminder
 * e-mails show up here. Nothing leaves the machine.
 */
import { startSmtpSink } from "./testing/smtp-sink";

const port = Number(process.env.MAIL_SINK_PORT ?? 1025);
const sink = await startSmtpSink(port);
console.log(`Mail sink on smtp://127.0.0.1:${sink.port}: start the app with SMTP_URL=smtp://127.0.0.1:${sink.port}`);
let shown = 0;
setInterval(() => {
  for (const mail of sink.received.slice(shown)) {
    const to = (Array.isArray(mail.to) ? mail.to : [mail.to]).map((address) => address?.text).join(", ");
    console.log(`\n── ${mail.date?.toISOString() ?? ""} to ${to}\nSubject: ${mail.subject ?? ""}\n\n${mail.text ?? ""}`);
  }
  shown = sink.received.length;
}, 500);
const stop = () => void sink.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
