/**
 * The health-insurance gateway's card check (Cổng tiếp nhận dữ liệu của BHXH Việt Nam; {@code KQNhanLichSuKCB2024}):
 * {@link dev.egov.json.insurance.HealthInsuranceJson} reads and writes the token call ({@link
 * dev.egov.json.insurance.CardCheckTokenRequest}, {@link dev.egov.json.insurance.CardCheckTokenAnswer}) and the card
 * check ({@link dev.egov.json.insurance.CardCheckRequest}, {@link dev.egov.json.insurance.CardCheckAnswer}, whose {@link
 * dev.egov.json.insurance.CardCheckCode} is an open code list); {@link dev.egov.json.insurance.CardCheckUrl} builds the
 * check's address, whose query carries credentials, with a redacted form for logs. The visit history, health data, is
 * dropped unless asked for. docs/health-insurance.md describes the messages.
 */
@NullMarked
package dev.egov.json.insurance;

import org.jspecify.annotations.NullMarked;
