/**
 * The flags our hooks pass each other through Payload's `req.context` / the `context` of a local
 * API call (Payload docs, hooks/context). Declared here so each has a type and one description;
 * `tests/unit/request-context.test.ts` fails when code uses a flag not listed in `requestContextFlags`.
 */
declare module 'payload' {
  interface RequestContext {
    /** Set by the seed (scripts/seed): revalidation and publication side effects are skipped. */
    seeding?: boolean
    /**
     * Set by `recordTranslationState` (collections/translation/translationState.ts) on its own
     * bookkeeping save, so the hooks that would react to a translation change leave it alone.
     */
    translationStateUpdate?: boolean
    /**
     * Set by `markReaderReads` on a reader's read (no newsroom role, access applied): the text of
     * languages not readable by decision 003 is taken out (collections/hooks/hideUnpublishedTranslations.ts).
     */
    hideUnpublishedTranslations?: boolean
  }
}

/** Every flag `RequestContext` declares above, for the test that keeps the list and the code in step. */
export const requestContextFlags = ['seeding', 'translationStateUpdate', 'hideUnpublishedTranslations'] as const
