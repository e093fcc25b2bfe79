/**
 * How a visit's time reads, in a zone named beside it: staff read the clinic's, the portal the patient's.
 * "Tue 8 Dec 2026, 10:00–10:45 UTC". Pure: server and browser render the same text.
 */
const formats = new Map<string, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat; zone: Intl.DateTimeFormat }>();

function formatsFor(zone: string) {
  let entry = formats.get(zone);
  if (!entry) {
    entry = {
      day: new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: zone }),
      time: new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone }),
      zone: new Intl.DateTimeFormat("en-GB", { timeZoneName: "short", timeZone: zone }),
    };
    formats.set(zone, entry);
  }
  return entry;
}

/** "Tue 8 Dec 2026" in the zone. */
export function visitDay(startIso: string, zone: string): string {
  return formatsFor(zone).day.format(new Date(startIso)).replace(",", "");
}

/** "10:00–10:45 UTC": start and end in the zone, with the zone's name at the start. */
export function visitTimes(startIso: string, endIso: string, zone: string): string {
  const { time, zone: zoneName } = formatsFor(zone);
  const name = zoneName.formatToParts(new Date(startIso)).find((part) => part.type === "timeZoneName")?.value ?? zone;
  return `${time.format(new Date(startIso))}–${time.format(new Date(endIso))} ${name}`;
}

/** "Tue 8 Dec 2026, 10:00–10:45 UTC". */
export function visitWhen(startIso: string, endIso: string, zone: string): string {
  return `${visitDay(startIso, zone)}, ${visitTimes(startIso, endIso, zone)}`;
}
