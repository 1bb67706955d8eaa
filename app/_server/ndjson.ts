import { AppError, isAppError } from '@/lib/errors';

/**
 * A streamed answer, one JSON object a line, so a page can show progress and results as
 * they come. A failure after the stream has started is sent as a last `{"type":"error"}` line.
 */
export function ndjsonResponse(work: (send: (line: Record<string, unknown>) => void) => Promise<void>): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: Record<string, unknown>) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        await work(send);
      } catch (error) {
        if (!isAppError(error)) console.error(error);
        const message = isAppError(error) ? error.message : new AppError('internal', 'Something went wrong on the server; nothing was changed.').message;
        send({ type: 'error', error: message });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } });
}
