import type { ServerFunctionClient } from 'payload'

import config from '@payload-config'
import '@payloadcms/next/css'
// After Payload's stylesheet: our few admin rules (custom.css says which).
import './custom.css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import React from 'react'

import { newsroomServerFunctions } from '@/admin/schedulePublishGuard'
import { importMap } from './admin/importMap.js'

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  // Our guarded "schedule-publish" replaces Payload's: only people who may publish can schedule.
  return handleServerFunctions({ ...args, config, importMap, serverFunctions: newsroomServerFunctions })
}

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
      {children}
    </RootLayout>
  )
}
