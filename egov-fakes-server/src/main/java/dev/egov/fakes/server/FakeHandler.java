package dev.egov.fakes.server;

/**
 * One endpoint of a fake: turns a request into a response. Called on a server thread, possibly concurrently; may
 * block. A handler that throws gets a synthetic {@code 500}.
 */
@FunctionalInterface
public interface FakeHandler {

  /**
   * Answers a request.
   *
   * @param request the request (unredacted)
   * @return the response
   * @throws Exception anything; answered with a synthetic {@code 500}
   */
  FakeResponse handle(FakeRequest request) throws Exception;
}
