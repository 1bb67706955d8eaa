import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is no such article or page in this corpus.</p>
      <p>
        <Link href="/">Back to the article list</Link>
      </p>
    </>
  );
}
