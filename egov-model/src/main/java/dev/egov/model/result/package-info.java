/**
 * Results of administrative procedures (kết quả giải quyết thủ tục hành chính): the documents issued to citizens and
 * organisations.
 */
@NullMarked
package dev.egov.model.result;

import org.jspecify.annotations.NullMarked;
