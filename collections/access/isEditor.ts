import type { Access } from 'payload'

import { hasRole } from './roles'

/** Editors (and admins) write and publish the newsroom's content. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
