/** Liveness for a load balancer: says nothing about data, needs no session. */
export function GET() {
  return Response.json({ status: "ok" });
}
