'use client'

import { useForm, useFormFields } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

import { isEmptyBody } from '../../collections/translation/skeleton'

/**
 * Above the body of a translation that has none yet: puts the source's structure
 * (`bodySkeleton`, computed on the server) into the editor once, as its starting value, so the
 * translator finds the pull quotes, headings, images and empty paragraphs where the source has
 * them. Sets the field's initial value too, so opening a language and leaving it without typing
 * asks nothing and saves nothing; the skeleton is stored only with the translator's own save.
 * Does nothing when the field already holds anything (a translation begun, or the editor reloaded).
 */
export function StartFromSourceStructure({ path, skeleton }: { path: string; skeleton: unknown }) {
  const { dispatchFields } = useForm()
  const value = useFormFields(([fields]) => fields[path]?.value)
  const started = useRef(false)
  useEffect(() => {
    if (started.current) return
    started.current = true
    if (!isEmptyBody(value)) return
    dispatchFields({ type: 'UPDATE', path, value: skeleton, initialValue: skeleton })
  }, [dispatchFields, path, skeleton, value])
  return null
}
