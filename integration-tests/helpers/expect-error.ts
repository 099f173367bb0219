/** Awaits a request that must fail, and checks its status and message. */
export async function expectError(
  request: Promise<unknown>,
  status: number,
  message: string | RegExp
) {
  const error: { response?: { status?: number; data?: { message?: string } } } = await request.then(
    (response) => ({ response: { ...(response as object), resolved: true } }),
    (e) => e
  )
  expect(error.response?.status).toBe(status)
  expect(error.response?.data?.message).toMatch(message)
}
