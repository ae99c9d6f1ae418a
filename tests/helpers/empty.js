// Stands in for `server-only` and style imports, which only mean something inside Next.
const empty = {}
export default empty
