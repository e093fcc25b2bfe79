/**
 * The Lower Extremity Functional Scale (Binkley 1999) as domain.md §1.5 gives it [S40]: 20 items, each
 * answered 0–4, total 0–80, higher = better; a change of 9 points is both the MDC (90 %) and the MCID
 * (domain.md §1.5 and §7 "LEFS change": use 9). The item wording is the short form of §1.5, marked
 * [unverified] there: check it against the original form before shipping.
 */
export const LEFS_ITEMS = [
  "Usual work, housework or school",
  "Usual hobbies, recreational or sporting activities",
  "Getting into or out of the bath",
  "Walking between rooms",
  "Putting on shoes or socks",
  "Squatting",
  "Lifting an object such as a bag of groceries from the floor",
  "Light activities around the home",
  "Heavy activities around the home",
  "Getting into or out of a car",
  "Walking 2 blocks",
  "Walking a mile",
  "Going up or down 10 stairs",
  "Standing for 1 hour",
  "Sitting for 1 hour",
  "Running on even ground",
  "Running on uneven ground",
  "Making sharp turns while running fast",
  "Hopping",
  "Rolling over in bed",
] as const;

export const LEFS_ITEM_COUNT = LEFS_ITEMS.length;

/** Response options, worst to best (domain.md §1.5 [S40]). */
export const LEFS_RESPONSES = [
  { score: 0, label: "Extreme difficulty or unable" },
  { score: 1, label: "Quite a bit of difficulty" },
  { score: 2, label: "Moderate difficulty" },
  { score: 3, label: "A little bit of difficulty" },
  { score: 4, label: "No difficulty" },
] as const;

export const LEFS_MAX_ITEM_SCORE = 4;
export const LEFS_MAX_TOTAL = LEFS_ITEM_COUNT * LEFS_MAX_ITEM_SCORE;

/** Minimal clinically important difference, equal to the MDC90 (domain.md §1.5, §6 R-MDC, §7) [S40]. */
export const LEFS_MCID = 9;
