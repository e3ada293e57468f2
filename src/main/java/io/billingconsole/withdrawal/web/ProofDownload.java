package io.billingconsole.withdrawal.web;

import io.billingconsole.withdrawal.WithdrawalProof;
import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A proof file served back: always as an attachment, under its sniffed type, never interpreted by the browser. */
final class ProofDownload {

    private ProofDownload() {
    }

    static Response of(WithdrawalProof proof) {
        String ascii = proof.originalName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(proof.originalName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(proof.content, proof.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
