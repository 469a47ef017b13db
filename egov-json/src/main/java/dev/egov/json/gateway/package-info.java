/**
 * The gateways in front of the national systems (docs/gateways.md): what a call carries to get through them and what
 * they answer instead of the system behind.
 *
 * <ul>
 *   <li>Token calls ({@link dev.egov.json.gateway.TokenRequest}): WSO2 API Manager's client credentials ({@link
 *       dev.egov.json.gateway.ClientCredentials}, {@code Authorization: Basic}) and the VNPT LGSPs' {@code
 *       lgspaccesstoken} header ({@link dev.egov.json.gateway.LgspAccessToken}); their answer ({@link
 *       dev.egov.json.gateway.TokenAnswer}), a token or the endpoint's refusal.
 *   <li>X-Road REST ({@link dev.egov.json.gateway.XRoadClient}, {@link dev.egov.json.gateway.XRoadRequestHeaders},
 *       {@link dev.egov.json.gateway.XRoadResponseHeaders} kept for audit, {@link
 *       dev.egov.json.gateway.XRoadError}).
 *   <li>Direct calls to the population service ({@link dev.egov.json.gateway.PopulationCallSigner}, {@link
 *       dev.egov.json.gateway.PopulationCallHeaders}).
 * </ul>
 *
 * <p>{@link dev.egov.json.gateway.GatewayJson} reads and writes the JSON bodies; headers are plain {@code Map<String,
 * String>}s built from, and read into, the value types, with {@link dev.egov.json.gateway.GatewayHeaderException}
 * (stable reasons) for a header that cannot be used. No token, key or secret appears in a {@code toString} or an
 * exception's message. The faults of the gateways themselves are {@link dev.egov.json.GatewayFault}s, which every
 * answer reader recognises.
 */
@NullMarked
package dev.egov.json.gateway;

import org.jspecify.annotations.NullMarked;
