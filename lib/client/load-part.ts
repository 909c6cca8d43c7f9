import { DROPPED_REQUEST_WHY } from './boot-guard';

/** A part of the page that did not load on first use: which part, and what to do, in words. */
export class PartNotLoaded extends Error {
  constructor(what: string, cause: unknown) {
    super(
      `The ${what} did not load: the browser dropped the request (${DROPPED_REQUEST_WHY}). Try again; if it keeps failing, reload the page.`,
      { cause },
    );
    this.name = 'PartNotLoaded';
  }
}

/**
 * Loads a part of the page that comes on first use instead of with the page (a dialog with a form, the
 * snapshot checker, the image exporter). A Docker host drops the requests in flight whenever its network
 * interfaces change (see boot-guard.ts), so a failed load is tried again, `tries` in all, a growing pause
 * apart (the bundler's runtime retries each chunk once more itself), before it fails with a PartNotLoaded.
 */
export async function loadPart<T>(what: string, load: () => Promise<T>, tries = 3, pauseMs = 400): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await load();
    } catch (err) {
      if (attempt >= tries) throw new PartNotLoaded(what, err);
      await new Promise((resolve) => setTimeout(resolve, pauseMs * attempt));
    }
  }
}
