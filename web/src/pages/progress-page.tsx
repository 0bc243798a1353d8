export default function Page() {
  return <h1>Đang xây dựng</h1>;
}
