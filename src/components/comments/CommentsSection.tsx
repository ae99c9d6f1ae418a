import type { DocumentId } from '@/comments/documentId'
import { commentLimits } from '@/comments/rules'
import { buildThreads, splitByLanguage, type ThreadNode } from '@/comments/thread'
import type { PublicCommentView } from '@/content/comments'
import { type Locale, locales } from '@/i18n/locales'
import { formatDate, type SiteT, translator } from '@/i18n/translate'
import { CommentForm, type CommentFormLabels } from './CommentForm'
import { CommentText } from './CommentText'
import { ReportForm } from './ReportForm'

type Props = {
  locale: Locale
  articleId: DocumentId
  open: boolean
  /** An editor's preview of a story readers cannot see yet: nobody can comment, and the section says why. */
  preview?: boolean
  comments: PublicCommentView[]
  /** This browser's own pending comments: only on the per-reader (uncached) render. */
  mine?: PublicCommentView[]
}

function formLabels(t: SiteT): CommentFormLabels {
  return {
    title: t('comments:form.title'),
    required: t('comments:form.required'),
    name: t('comments:form.name'),
    email: t('comments:form.email'),
    emailNote: t('comments:form.emailNote'),
    website: t('comments:form.website'),
    body: t('comments:form.body'),
    language: t('comments:form.language'),
    notify: t('comments:form.notify'),
    honeypot: t('comments:form.honeypot'),
    submit: t('comments:form.submit'),
    submitting: t('comments:form.submitting'),
    pendingLabel: t('comments:pending.label'),
    onlyYou: t('comments:pending.onlyYou'),
  }
}

export function CommentsSection({ locale, articleId, open, preview = false, comments, mine = [] }: Props) {
  const t = translator(locale)
  const labels = formLabels(t)
  const languages = locales.map((l) => ({ code: l.code, name: l.name }))
  const { own, others } = splitByLanguage(buildThreads(comments), locale)
  // A removed comment kept only to hold its replies' place is not counted.
  const shown = comments.filter((comment) => !comment.placeholder).length
  const reportLabels = {
    title: t('comments:reportForm.title'),
    reason: t('comments:reportForm.reason'),
    submit: t('comments:reportForm.submit'),
    reasons: {
      spam: t('comments:reportForm.reasons.spam'),
      abuse: t('comments:reportForm.reasons.abuse'),
      offTopic: t('comments:reportForm.reasons.offTopic'),
      other: t('comments:reportForm.reasons.other'),
    },
  }

  const renderThread = (node: ThreadNode<PublicCommentView>) => {
    const language = locales.find((l) => l.code === node.language)
    if (node.erased) {
      return (
        <li key={node.id}>
          <article className="comment comment--removed" id={`comment-${node.id}`}>
            <p className="comment__body">{t('comments:removed')}</p>
          </article>
          {node.replies.length > 0 && <ol className="comment-replies">{node.replies.map(renderThread)}</ol>}
        </li>
      )
    }
    return (
      <li key={node.id}>
        <article className="comment" id={`comment-${node.id}`} lang={node.language}>
          <p className="comment__meta">
            <strong>
              {node.website ? (
                <a href={node.website} rel="nofollow ugc noopener">
                  {node.authorName}
                </a>
              ) : (
                node.authorName
              )}
            </strong>{' '}
            <time dateTime={node.createdAt} lang={locale}>
              {formatDate(node.createdAt, locale, 'medium')}
            </time>
            {node.language !== locale && language && (
              <span className="comment__language" lang={locale}>
                {' · '}
                {t('comments:writtenIn', { language: language.name })}
              </span>
            )}
          </p>
          <CommentText text={node.body} />
          {open && (
            <div className="comment__actions" lang={locale}>
              <CommentForm
                articleId={articleId}
                parentId={node.id}
                pageLocale={locale}
                labels={{ ...labels, title: t('comments:replyTo', { name: node.authorName }) }}
                languages={languages}
                bodyMax={commentLimits.bodyMax}
                disclosure={t('comments:reply')}
              />
              <ReportForm
                commentId={node.id}
                pageLocale={locale}
                labels={reportLabels}
                disclosure={t('comments:report')}
              />
            </div>
          )}
        </article>
        {node.replies.length > 0 && <ol className="comment-replies">{node.replies.map(renderThread)}</ol>}
      </li>
    )
  }

  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">
        {t('comments:heading')} <span className="comments__count">({t('comments:count', { count: shown })})</span>
      </h2>
      {mine.length > 0 && (
        <ol className="comment-list comment-list--mine">
          {mine.map((comment) => (
            <li key={comment.id}>
              <article className="comment comment--pending" id={`comment-${comment.id}`} lang={comment.language}>
                <p className="comment__meta" lang={locale}>
                  <strong>{comment.authorName}</strong> <span className="badge">{labels.pendingLabel}</span>
                </p>
                <CommentText text={comment.body} />
                <p className="comment__note" lang={locale}>
                  {labels.onlyYou}
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
      {shown === 0 && mine.length === 0 && open && <p>{t('comments:none')}</p>}
      {own.length > 0 && (
        <>
          {others.length > 0 && <h3>{t('comments:inYourLanguage')}</h3>}
          <ol className="comment-list">{own.map(renderThread)}</ol>
        </>
      )}
      {others.length > 0 && (
        <>
          <h3>{t('comments:otherLanguages')}</h3>
          <ol className="comment-list">{others.map(renderThread)}</ol>
        </>
      )}
      {open ? (
        <div className="comment-respond" id="respond">
          <h3>{labels.title}</h3>
          <CommentForm
            articleId={articleId}
            pageLocale={locale}
            labels={labels}
            languages={languages}
            bodyMax={commentLimits.bodyMax}
          />
        </div>
      ) : (
        <p>{t(preview ? 'comments:beforePublication' : 'comments:closed')}</p>
      )}
      <p className="comments__privacy">
        <a href={`/${locale}/privacy`}>{t('comments:privacy.link')}</a>
      </p>
    </section>
  )
}
