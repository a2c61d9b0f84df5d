// Every delay Brieflight uses, with the reason for its value. Nothing else in the code base may
// hard-code a timing: change it here, and the tests and the benchmark follow.

/**
 * How long the pointer must rest on a mark before its card opens. Long enough that a pointer
 * crossing a paragraph on its way elsewhere opens nothing (a pass takes well under 200 ms), short
 * enough to feel like a response to the reader's intent (Wikipedia's Page Previews use 500 ms for
 * bigger cards; a glanceable card can come sooner).
 */
export const HOVER_DWELL_MS = 350;

/**
 * How long the card stays after the pointer leaves both the mark and the card. It bridges the gap
 * between the mark and the card (the pointer crosses the offset) and forgives a wobble.
 */
export const HIDE_DELAY_MS = 300;

/**
 * The card's fade-in once it is placed. Short enough that the card is readable at once, long
 * enough that it appears rather than blinks in. Under `prefers-reduced-motion: reduce` there is no
 * fade at all (card.css).
 */
export const CARD_FADE_IN_MS = 120;

/**
 * The longest hover dwell a setting may ask for (CardController.setDwellMs). Past two seconds a
 * reader has given up waiting and the card would only surprise them later.
 */
export const MAX_HOVER_DWELL_MS = 2000;

// ── Freshness of the facts (issue 14; src/data/freshness.ts) ─────────────────────────────────────────

/**
 * A changing fact (a population, a trade figure, a share, an office holder, a stake) is due for
 * review this many months after its as-of date, unless the fact sets its own `reviewBy`. Most of
 * those figures are published yearly (population on 1 January, trade for the calendar year, annual
 * reports), so after a year a newer figure usually exists.
 */
export const FACT_REVIEW_MONTHS = 12;

/**
 * The longest error text a failed card show sends to the background (src/card/card-controller.ts):
 * enough for any message the card module or its host throws, and a bound on what a page could
 * make the content script send by breaking something.
 */
export const CARD_FAILURE_TEXT_MAX_CHARS = 300;

/**
 * The card's text cap, our counterpart of the 525 characters at which Wikipedia's Page Previews
 * cut their extract: the summary and the facts shown before "More facts" stay within this many
 * characters (src/card/Card.tsx visibleFactCount: two facts, a third only when it fits). Lower
 * than Page Previews' because each of our facts also carries a line of date and source, and the
 * card stays within about 320 px at 360 px wide (issue 15; ADR 0019): at its 13 px about 45
 * characters make a line, so 360 characters are 8–9 lines of text (18 px each), plus a line of
 * date and source per fact (17 px), the title and the footer (about 80 px together). A summary
 * (about 90 characters) and two facts (about 130 each) fill it; measured 272–308 px.
 */
export const CARD_TEXT_CAP_CHARS = 360;

// ── Live pages: the scanner's slices, batches and back-off (issue 5; src/page/scanner.ts) ──────────
// Limits that are not times live here too, so every number the scanner runs by has its reason.

/**
 * The most one slice of the scanner's work (walking, marking) may take. A task over 50 ms is a
 * "long task" (it delays input and frames). 40 ms was measured to overshoot: on the
 * 20,000-paragraph page the longest task was 51–78 ms across runs on this 2-core machine (a mark
 * group, a garbage collection or the first compile of a function lands after the last clock
 * check). 25 ms leaves that margin, and stays long enough that a normal page is done in one slice,
 * because every slice that changed the page is followed by a frame that restyles and lays out the
 * page (on a page of 20,000 paragraphs: 25–30 ms, plus 40 µs for each paragraph marked since then).
 */
export const SLICE_BUDGET_MS = 25;

/**
 * The most text nodes one slice marks, and so one frame lays out: a slice that marked waits for
 * the next frame before the next slice runs (src/page/schedule.ts laterAfterFrame), since two slices
 * in one frame made a 60–68 ms frame. The slice is ours, but the frame after it is the browser's
 * relayout of every paragraph it changed: on the 20,000-paragraph page about 25–30 ms for any
 * change at all (layout 13 ms, compositing inputs 8 ms, paint 3 ms for a single paragraph) plus
 * 40 µs per changed paragraph, and `npm run bench` counts that task too. 400 keeps it at 40–48 ms
 * on this 2-core machine, under the 50 ms of a long task (500 saved one frame, 10 % of B's time,
 * but its frames were 48–55 ms; 350 cost a frame more). A normal article has far fewer mentions
 * and is one slice.
 */
export const MAX_MARKED_NODES_PER_SLICE = 400;

/**
 * The least a slice may take when the browser says its idle period is shorter (or none, when the
 * idle callback timed out on a busy page): below this, the fixed cost of a slice (reading the
 * settings, flushing the observer) would dominate and the work would crawl.
 */
export const MIN_SLICE_MS = 8;

/**
 * How long a slice waits for an idle period before it runs anyway. A page that is never idle (an
 * animation on every frame) still gets its mentions marked within a fraction of a second.
 */
export const SLICE_IDLE_TIMEOUT_MS = 250;

/**
 * Text nodes walked between two reads of the clock. One read costs about as much as testing a
 * short text node; 256 nodes take well under a millisecond, so a slice overshoots by less.
 */
export const WALK_CLOCK_EVERY = 256;

/**
 * Text nodes handed to mark.js at once. mark.js compares every context with every other (O(n²))
 * and sets up once per call, so neither 1 nor thousands: 16 text nodes take about 0.2 ms.
 */
export const MARK_GROUP_SIZE = 16;

/**
 * A text node longer than this is cut into chunks before marking. mark.js splits the node at each
 * match and every split copies the rest of the node: on a 5 MB node with a mention every few
 * hundred characters that is quadratic (minutes). Chunks bound each copy.
 */
export const HUGE_TEXT_CHARS = 64 * 1024;

/** The length of those chunks: each split copies at most this much. */
export const TEXT_CHUNK_CHARS = 16 * 1024;

/**
 * How many times the page may rewrite marked text of one element (delete our marks, replace a
 * marked text, recreate the element's content) in REWRITE_WINDOW_MS before Brieflight stops
 * marking inside it. A live headline updated every 10 s stays marked; a page that deletes marks
 * as they appear, or recreates its body every second, is left alone after a few rounds.
 */
export const REWRITE_LIMIT = 10;

/** The window REWRITE_LIMIT counts in, and the first pause once it is reached. */
export const REWRITE_WINDOW_MS = 60_000;

/**
 * The longest pause: each further time an element reaches the limit its pause doubles, up to
 * this. A page that fights forever costs one re-marking per ten minutes.
 */
export const MAX_REWRITE_PAUSE_MS = 10 * 60_000;

/**
 * At most this many text nodes are measured to find the viewport on the first pass (a binary
 * search needs about 20 on any real page; this bounds a page whose layout is not in document
 * order, where the search could wander): reading layout is not free.
 */
export const VIEWPORT_PROBE_LIMIT = 200;

/**
 * How many times a walk starts over when the page removed the node it had stopped at between two
 * slices (its place is lost; starting over is safe, marking twice is a no-op). Past this the walk
 * is dropped: a page that churns that fast has its new content scanned through the observer.
 */
export const MAX_WALK_RESTARTS = 3;

/**
 * The first guess of what marking one text node costs (ms), before the scanner has measured it
 * on this page: about what Chromium takes for a paragraph with two mentions (splits, marks,
 * bookkeeping) on a busy two-core machine.
 */
export const MARK_COST_GUESS_MS = 0.02;

// ── The page/background boundary (issue 17) ─────────────────────────────────────────────────────

/**
 * The least time between two mention reports of one frame to the background (the toolbar badge),
 * and between two badge writes of one tab. A page that adds and removes a mention in a loop sent
 * about 50 reports a second per frame, each a storage write and a badge update; a reader cannot
 * follow a badge that changes more than a few times a second anyway. The first change is sent at
 * once and the last one when the interval ends, so the badge is never left wrong.
 */
export const MENTION_REPORT_INTERVAL_MS = 250;

/**
 * The least time between two briefing tabs opened for one tab (the card's "Open briefing"). A
 * reader clicks it once and reads; a page that somehow makes the card's button fire (a script's
 * click) could otherwise open a tab per event. One a second leaves a real double-click harmless too.
 */
export const OPEN_BRIEFING_MIN_INTERVAL_MS = 1000;

/**
 * The least time between two resets of the back-off by a navigation (src/page/backoff.ts). A reset
 * unpauses every element the page fought over; a page that navigates (pushState, a hash change) in a
 * loop would otherwise keep the re-marking going at its own pace. Readers do not move through an
 * app's views faster than this.
 */
export const NAVIGATION_RESET_MIN_INTERVAL_MS = 10_000;

/**
 * A frame that cannot know the top page's site (Firefox with `referrerpolicy="no-referrer"`, a
 * sandboxed top page) asks the background, which asks the top frame's content script. The top
 * frame may not have started yet (frames reach `document_idle` in any order), so the background
 * asks again after this long, up to SITE_HOST_ATTEMPTS times (2 s in all); after that the frame
 * stays off.
 */
export const SITE_HOST_RETRY_MS = 250;

/** See SITE_HOST_RETRY_MS. */
export const SITE_HOST_ATTEMPTS = 8;

// ── Painted highlights (issue 12; src/page/paint.ts, docs/adr/0010-paint-dont-wrap.md) ────────────

/**
 * A change of the page that leaves at most this many nodes to look at is painted at once, in the
 * MutationObserver's callback (a microtask, before the page's next frame): a ticker that rewrites
 * "SOCAR bond 100.12" every frame shows its mention in every frame, and no batch is scheduled.
 * Painting writes nothing into the DOM, so this costs a find on each changed text (microseconds);
 * a bigger change (a page's new view) goes through the sliced batches as before.
 */
export const PAINT_AT_ONCE_NODES = 32;

/**
 * The most that painting at once may take (a slice of its own, in the page's task): far under a
 * frame, so a page's change is never held up by more than this; what is left goes to the batches.
 */
export const PAINT_AT_ONCE_MS = 4;

/**
 * At most this many undefined custom elements are watched for shadow roots attached when they
 * are defined (a bound for a page made of thousands of never-defined tags).
 */
export const MAX_PENDING_HOSTS = 256;

/**
 * Where the content script's world has no custom element registry (Chromium's isolated worlds
 * have none, so `customElements.whenDefined` cannot be asked), the undefined custom elements are
 * looked at again after this long, then after twice as long each time, up to
 * UNDEFINED_RECHECK_MAX_MS, while any is left: a lazily defined component's root is read within
 * a fraction of a second of its definition, and a page of never-defined tags costs a few property
 * reads every few seconds.
 */
export const UNDEFINED_RECHECK_MS = 250;
export const UNDEFINED_RECHECK_MAX_MS = 4000;

/**
 * A keyboard-opened card's announcement ("Card: Israel — key facts. Press Tab to read it, Escape
 * to close") is put into the card's polite live region this long after the card is shown: the
 * region must be in the accessibility tree (the card's popover open) before its text changes, or
 * screen readers that watch only changes to regions they already know say nothing. 100 ms is a
 * frame or more on every machine, and well under the time a reader takes to press Tab.
 */
export const LIVE_REGION_DELAY_MS = 100;

// ── Settings and site lists (src/settings/) ───────────────────────────────────────────────────────

/**
 * The card delay's range. Below 100 ms a pointer crossing a paragraph opens cards it never meant
 * to (see HOVER_DWELL_MS); the most is MAX_HOVER_DWELL_MS (the same idea, so the same name). The options page's slider moves in steps
 * of 50 ms: finer steps are not felt.
 */
export const CARD_DELAY_MIN_MS = 100;
export const CARD_DELAY_STEP_MS = 50;

/**
 * At most this many disabled sites: sync storage holds 8 KB per item (Chrome's
 * QUOTA_BYTES_PER_ITEM, SYNC_ITEM_QUOTA_BYTES), and the form also checks the list's size in bytes
 * before it saves. The first stage reads the same limit when it judges the raw stored list.
 */
export const MAX_DISABLED_SITES = 200;
export const SYNC_ITEM_QUOTA_BYTES = 8192;

/** Longer stored arrays are not read at all: no list this extension writes comes near. */
export const MAX_STORED_ARRAY = 1000;

/** A v1 string list is split on new lines; longer strings are not v1 values (a textarea never was). */
export const V1_SITES_MAX_CHARS = 64 * 1024;

/** The longest host name and the longest label DNS allows (RFC 1035, section 2.3.4). */
export const MAX_HOST_LENGTH = 253;
export const MAX_LABEL_LENGTH = 63;

// ── The card's facts (src/card/rank.ts, src/card/Card.tsx) ───────────────────────────────────────

/**
 * The card shows at most this many facts before "More facts": enough for context, few enough to
 * read at a glance (src/card/Card.tsx shows fewer when CARD_TEXT_CAP_CHARS says so).
 */
export const CARD_FACT_COUNT = 3;

/** …and at least this many (when it has them): two facts give the paragraph some context. */
export const CARD_MIN_FACTS = 2;

/**
 * The paragraph around a mention is read up to this many characters, centred on the mention: a
 * long article body must not make every topic look relevant (or cost time to scan).
 */
export const CONTEXT_MAX_CHARS = 600;

/**
 * How long the card host waits for its frame to answer a render with the card's size before it
 * gives the frame up (the next show makes a new one). A frame answers in tens of milliseconds
 * (docs/adr/0015-card-host.md: 64 ms median for a first show, the frame made then); a frame that
 * has not answered in two seconds never loaded, or the page navigated it away before it did.
 */
export const CARD_FRAME_READY_MS = 2000;
