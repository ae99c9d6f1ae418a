import type { Access } from 'payload'

import { hasRole } from './roles'

/** Anyone with a newsroom role: they may open the admin panel and read drafts. */
export const isStaff: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'translator', 'moderator')
