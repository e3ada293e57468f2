package io.billingconsole.withdrawal;

import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.RandomTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Proof files of withdrawals (SPEC 8): PDF, PNG or JPEG by their content (not their name), at most
 * 10 MB each and 5 per request, attached while the request is under review; served back only to
 * the account's users and to finance (the pages decide who asks; this class checks the account).
 */
@ApplicationScoped
public class ProofFiles {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_FILES = 5;

    /** What a list shows of a proof (no content). */
    public record ProofInfo(long id, String originalName, String contentType, int sizeBytes) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Attaches a file to one of the account's withdrawals under review. */
    @Transactional
    public ProofInfo attach(long accountId, long withdrawalId, long userId, String originalName, byte[] content) {
        Withdrawal w = em.find(Withdrawal.class, withdrawalId, LockModeType.PESSIMISTIC_WRITE);
        if (w == null || w.accountId != accountId) {
            throw new DomainException(WithdrawalError.WITHDRAWAL_NOT_FOUND, String.valueOf(withdrawalId));
        }
        if (w.status != WithdrawalStatus.UNDER_REVIEW) {
            throw new DomainException(WithdrawalError.NOT_UNDER_REVIEW, String.valueOf(withdrawalId));
        }
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new DomainException(WithdrawalError.PROOF_TOO_LARGE, String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        String type = contentType(content);
        if (type == null) {
            throw new DomainException(WithdrawalError.PROOF_TYPE);
        }
        long count = em.createQuery("select count(p) from WithdrawalProof p where p.withdrawalId = :w", Long.class)
                .setParameter("w", withdrawalId).getSingleResult();
        if (count >= MAX_FILES) {
            throw new DomainException(WithdrawalError.PROOF_TOO_MANY, String.valueOf(MAX_FILES));
        }
        WithdrawalProof proof = new WithdrawalProof();
        proof.withdrawalId = withdrawalId;
        proof.storedName = RandomTokens.hex(16) + extension(type);
        proof.originalName = cleanName(originalName);
        proof.contentType = type;
        proof.sizeBytes = content.length;
        proof.content = content;
        proof.uploadedBy = userId;
        proof.uploadedAt = clock.instant();
        proof.persist();
        return new ProofInfo(proof.id, proof.originalName, proof.contentType, proof.sizeBytes);
    }

    /** The proofs of a withdrawal, oldest first (the caller has checked who may see the withdrawal). */
    @Transactional
    public List<ProofInfo> list(long withdrawalId) {
        return em.createQuery("select new io.billingconsole.withdrawal.ProofFiles$ProofInfo(p.id, p.originalName,"
                        + " p.contentType, p.sizeBytes) from WithdrawalProof p where p.withdrawalId = :w order by p.id",
                        ProofInfo.class)
                .setParameter("w", withdrawalId).getResultList();
    }

    /** One proof of one of the account's withdrawals (null account: finance, any withdrawal); others are not found. */
    @Transactional
    public WithdrawalProof load(Long accountId, long withdrawalId, long proofId) {
        WithdrawalProof proof = em.find(WithdrawalProof.class, proofId);
        Withdrawal w = em.find(Withdrawal.class, withdrawalId);
        if (proof == null || w == null || proof.withdrawalId != withdrawalId
                || (accountId != null && w.accountId != accountId)) {
            throw new DomainException(WithdrawalError.PROOF_NOT_FOUND, String.valueOf(proofId));
        }
        proof.content.getClass();
        return proof;
    }

    /**
     * Refuses a file {@link #attach} would refuse for its size or type (PROOF_TOO_LARGE, PROOF_TYPE),
     * so that a form can check its files before it confirms the withdrawal they belong to.
     */
    public static void requireAcceptable(byte[] content) {
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new DomainException(WithdrawalError.PROOF_TOO_LARGE, String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        if (contentType(content) == null) {
            throw new DomainException(WithdrawalError.PROOF_TYPE);
        }
    }

    /** PDF, PNG or JPEG by the first bytes; null for anything else. */
    static String contentType(byte[] c) {
        if (c.length >= 5 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F' && c[4] == '-') {
            return "application/pdf";
        }
        if (c.length >= 8 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G'
                && c[4] == 0x0d && c[5] == 0x0a && c[6] == 0x1a && c[7] == 0x0a) {
            return "image/png";
        }
        if (c.length >= 3 && (c[0] & 0xff) == 0xff && (c[1] & 0xff) == 0xd8 && (c[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        return null;
    }

    private static String extension(String type) {
        return switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
    }

    /** The uploaded file's name, only for showing: no path, no control characters, at most 200 characters. */
    private static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (base.isEmpty()) {
            base = "proof";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

}
