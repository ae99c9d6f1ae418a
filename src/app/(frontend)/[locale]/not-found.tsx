import { LocalizedNotFound } from '../../../components/LocalizedNotFound'

export default function NotFound() {
  return <LocalizedNotFound />
}
