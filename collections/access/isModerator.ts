import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Moderators (and admins) see every comment with its commenter's private details. */
export const isModerator: Access = ({ req }) => hasRole(req.user, 'admin', 'moderator')

export const isModeratorField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'moderator')
