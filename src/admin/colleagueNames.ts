import type { Payload } from 'payload'

/**
 * The names of the newsroom accounts `ids`, read with `user`'s own access (staff read colleagues'
 * names, never their email: `staffSeeColleagues`, decision 015). Returns a map from the id as a
 * string to the name; an account that is gone, unnamed or unreadable is left out.
 */
export async function colleagueNames(
  payload: Payload,
  user: unknown,
  ids: (number | string | null | undefined)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is number | string => id !== null && id !== undefined))]
  const names = new Map<string, string>()
  if (wanted.length === 0) return names
  const { docs } = (await payload.find({
    collection: 'users',
    where: { id: { in: wanted } },
    depth: 0,
    limit: wanted.length,
    select: { name: true },
    overrideAccess: false,
    user: user as never,
  })) as unknown as { docs: { id: number | string; name?: string | null }[] }
  for (const person of docs) if (person.name) names.set(String(person.id), person.name)
  return names
}

/** A relationship to a user as stored (an id) or populated (the user): its id, or `null`. */
export type UserRef = number | string | { id: number | string } | null | undefined
export const userIdOf = (value: UserRef): number | string | null =>
  value && typeof value === 'object' ? value.id : (value ?? null)
