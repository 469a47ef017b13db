package dev.egov.model.procedure;

import dev.egov.model.code.Channel;
import java.util.List;
import java.util.Objects;

/**
 * A channel through which a procedure can be carried out, with its processing options ({@code CACHTHUCTHUCHIEN} of
 * the procedure database: {@code KENH}, {@code THOIGIAN}). Online and in-person channels may have different times.
 *
 * @param channel the channel
 * @param options the processing options on this channel, in the order the database lists them
 * @since 0.1.0
 */
public record ProcedureChannel(Channel channel, List<ProcessingOption> options) {

  /**
   * Checks the parts and copies the list.
   *
   * @param channel the channel
   * @param options the processing options on this channel, in the order the database lists them
   */
  public ProcedureChannel {
    Objects.requireNonNull(channel, "channel");
    options = List.copyOf(options);
  }
}
