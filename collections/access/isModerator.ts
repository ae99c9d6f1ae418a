import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** True for a signed-in user who may moderate comments: moderators and admins (the one home of that rule). */
export const mayModerate = (user: unknown): boolean => hasRole(user, 'admin', 'moderator')

/** Moderators (and admins) see every comment with its commenter's private details. */
export const isModerator: Access = ({ req }) => mayModerate(req.user)

export const isModeratorField: FieldAccess = ({ req }) => mayModerate(req.user)
