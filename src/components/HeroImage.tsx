import type { Media } from '@/payload-types'
import { mediaPath } from '@/content/mediaPath'

type Props = {
  image: Media
  /** Above the fold on an article: load it first. On a card: lazily. */
  priority?: boolean
  sizes?: string
  variant?: 'hero' | 'card'
}

/**
 * A `<picture>` with AVIF and WebP cuts of the upload, so phones fetch the small one. Every URL is
 * root-relative (`/api/media/file/…`), so the page works on whatever host serves it (issue 12).
 */
export function HeroImage({
  image,
  priority = false,
  sizes = '(max-width: 720px) 100vw, 720px',
  variant = 'hero',
}: Props) {
  const s = image.sizes
  const widthOf = (size?: { url?: string | null; width?: number | null } | null) =>
    size?.url && size.width ? `${mediaPath(size.url)} ${size.width}w` : null
  const avif = [widthOf(s?.cardAvif), variant === 'hero' ? widthOf(s?.heroAvif) : null].filter(Boolean).join(', ')
  const webp = [widthOf(s?.thumbnail), widthOf(s?.card), variant === 'hero' ? widthOf(s?.hero) : null]
    .filter(Boolean)
    .join(', ')
  const fallback = (variant === 'hero' ? s?.hero : s?.card) ?? s?.card
  return (
    <picture>
      {avif && <source type="image/avif" srcSet={avif} sizes={sizes} />}
      {webp && <source type="image/webp" srcSet={webp} sizes={sizes} />}
      <img
        src={mediaPath(fallback?.url ?? image.url ?? '')}
        width={fallback?.width ?? image.width ?? undefined}
        height={fallback?.height ?? image.height ?? undefined}
        alt={image.alt}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : 'auto'}
        decoding="async"
      />
    </picture>
  )
}
