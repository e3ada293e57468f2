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

    @Message("一张询价单最多 {max} 个资源，本次选择了 {count} 个；请缩小筛选范围")
    String error_quote_too_large(String max, String count);

    @Message("询价单 {id} 还没有生成完成，请稍后再下载")
    String error_quote_not_ready(String id);

    @Message("询价单生成中断，请重试")
    String error_quote_build_interrupted();

    @Message("导出当前筛选结果（{count} 个资源）")
    String export_filtered(long count);

    @Message("按当前筛选条件导出全部可续费资源，无需逐个勾选")
    String export_filtered_hint();

    @Message("当前筛选条件下共 {count} 个可续费资源，将全部列入询价单")
    String filtered_summary(int count);

    @Message("其中 {count} 个资源当前不能续费（如已释放），不会列入询价单")
    String filtered_skipped(int count);

    @Message("正在生成询价单：已完成 {done} / {total} 行")
    String preparing(int done, int total);

    @Message("生成完成后会自动显示下载按钮；如果页面没有更新，请点此刷新")
    String reload();

    @Message("询价单生成失败：{reason}")
    String failed(String reason);

    @Message("重试")
    String retry();

    @Message("页面只显示前 {shown} 行，共 {total} 行；完整清单请下载 CSV 或 PDF")
    String lines_truncated(int shown, int total);

    @Message("第 {page} 页")
    String page_no(int page);
}
