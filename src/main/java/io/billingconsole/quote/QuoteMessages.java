package io.billingconsole.quote;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of renewal quotes ({@code quote:} in templates). Simplified Chinese is the default (in the
 * annotations); English is in {@code messages/quote_en.properties}.
 */
@MessageBundle(value = "quote", locale = "zh")
public interface QuoteMessages {

    @Message("询价单")
    String title();

    @Message("导出续费清单")
    String new_title();

    @Message("导出续费清单")
    String export();

    @Message("询价单仅用于报价，不会续费，也不会扣款")
    String no_charge();

    @Message("询价单号")
    String number();

    @Message("日期")
    String date();

    @Message("账号")
    String account();

    @Message("资源")
    String resource();

    @Message("资源 ID")
    String resource_id();

    @Message("产品")
    String product();

    @Message("时长（月）")
    String months();

    @Message("月单价（元）")
    String unit_price();

    @Message("金额（元）")
    String amount();

    @Message("当前到期时间")
    String expiry_before();

    @Message("续费后到期时间")
    String expiry_after();

    @Message("合计（元）")
    String total();

    @Message("有效期至")
    String valid_until();

    @Message("续费时长")
    String duration();

    @Message("全部资源使用同一时长")
    String duration_all();

    @Message("生成询价单")
    String create();

    @Message("下载 CSV")
    String download_csv();

    @Message("下载 PDF")
    String download_pdf();

    @Message("如果下载没有开始，请点此手动下载")
    String manual_download();

    @Message("返回续费管理")
    String back();

    @Message("预览")
    String preview();

    @Message("找不到询价单 {id}")
    String error_quote_not_found(String id);
}
