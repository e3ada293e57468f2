package io.billingconsole.recharge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/** Recharge settings ({@code billing.recharge.*}); the banks' own windows are data (table {@code bank}). */
@ConfigMapping(prefix = "billing.recharge")
public interface RechargeConfig {

    /** Days after an Alipay or WeChat Pay recharge during which the original route works. */
    @WithName("wallet-route-days")
    @WithDefault("365")
    int walletRouteDays();

    /** Days after an offline remittance during which the money can go back to the remitting account. */
    @WithName("remittance-route-days")
    @WithDefault("180")
    int remittanceRouteDays();

    /** How long an online recharge waits for the gateway before it expires. */
    @WithName("pending-for")
    @WithDefault("PT30M")
    Duration pendingFor();

    /** The provider's account that offline remittances go to, as the recharge page shows it. */
    Receiving receiving();

    interface Receiving {
        /** The account holder (收款户名). */
        @WithDefault("云账单科技有限公司")
        String name();

        /** The bank and branch (开户行). */
        @WithDefault("中国工商银行北京海淀支行")
        String bank();

        /** The account number (账号). */
        @WithDefault("0200 0000 0000 0000 000")
        String account();
    }
}
