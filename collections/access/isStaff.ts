import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Access rule: newsroom staff only (`isStaffUser`): they may open the admin panel and read drafts. */
export const isStaff: Access = ({ req }) => isStaffUser(req.user)
