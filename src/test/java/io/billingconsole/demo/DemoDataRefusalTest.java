package io.billingconsole.demo;

import io.quarkus.runtime.LaunchMode;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Demo data (published passwords) is refused in production unless forced. */
class DemoDataRefusalTest {

    @Test
    void productionWithDemoDataIsRefusedWithAClearMessage() {
        Optional<String> refusal = DemoData.refusal(true, false, LaunchMode.NORMAL);
        assertTrue(refusal.isPresent());
        assertTrue(refusal.get().contains("refused in production"), refusal.get());
        assertTrue(refusal.get().contains("BILLING_DEMO_DATA_FORCE=true"), refusal.get());
        assertTrue(refusal.get().contains("BILLING_ADMIN_USERNAME"), refusal.get());
    }

    @Test
    void forcedOrOutsideProductionOrWithoutDemoDataIsAllowed() {
        assertEquals(Optional.empty(), DemoData.refusal(true, true, LaunchMode.NORMAL));
        assertEquals(Optional.empty(), DemoData.refusal(true, false, LaunchMode.DEVELOPMENT));
        assertEquals(Optional.empty(), DemoData.refusal(true, false, LaunchMode.TEST));
        assertEquals(Optional.empty(), DemoData.refusal(false, false, LaunchMode.NORMAL));
    }
}
