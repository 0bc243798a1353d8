export default function DocumentPage({ docId }: { docId: string }) {
  return <h1>Hồ sơ {docId}</h1>;
}
