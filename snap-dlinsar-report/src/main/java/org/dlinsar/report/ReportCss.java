package org.dlinsar.report;

/** The HTML report's style sheet, inlined into the page. */
final class ReportCss {

  private ReportCss() {
  }

  static final String STYLE = """
      body{margin:0;background:#f4f4f1;color:#222;font:14px/1.45 system-ui,-apple-system,"Segoe UI",\
      Roboto,"DejaVu Sans",sans-serif}
      main{max-width:1180px;margin:0 auto;padding:18px 24px 40px}
      h1{font-size:22px;margin:4px 0 6px}h2{font-size:18px;margin:26px 0 10px;border-bottom:1px solid #ccc}
      h3{font-size:15px;margin:0 0 4px}
      .facts{margin:0;padding-left:18px;color:#444}
      table{border-collapse:collapse;background:#fff}th,td{padding:4px 10px;border:1px solid #ddd;text-align:left}
      .wide{overflow-x:auto;max-width:100%}
      td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .note,.caption,.absent{color:#555;font-size:13px;margin:4px 0}.absent{font-style:italic}
      .grid{display:flex;flex-wrap:wrap;gap:18px}
      figure{margin:0;background:#fff;border:1px solid #ddd;padding:10px;box-sizing:border-box;max-width:100%}
      figcaption.title{font-weight:600;margin-bottom:6px}
      .raster{position:relative;max-width:calc(100% - 34px);margin:18px 0 0 34px}
      .raster img{display:block;image-rendering:pixelated;width:100%;height:100%}
      .raster svg.boxes{position:absolute;left:0;top:0;width:100%;height:100%}
      svg.bar,svg.plot{max-width:100%;height:auto}
      @media (max-width:640px){main{padding:12px 8px 30px}}
      .nodata{background:repeating-linear-gradient(45deg,#c8c8c8 0 3px,#fff 3px 6px)}
      svg{font:11px system-ui,"DejaVu Sans",sans-serif;fill:#222;overflow:visible}svg text{fill:#222}
      svg.bar{display:block;margin-top:6px}svg .unit{font-style:italic}
      svg.boxes text{font-weight:700;paint-order:stroke}
      .axis span{position:absolute;font-size:10px;line-height:10px;color:#555;white-space:nowrap}
      .axis span::after{content:"";position:absolute;border:0 solid #888}
      .axis.x span{bottom:100%;transform:translateX(-50%);padding-bottom:5px}
      .axis.x span::after{left:50%;bottom:0;height:4px;border-left-width:1px}
      .axis.y span{right:100%;transform:translateY(-50%);padding-right:5px}
      .axis.y span::after{top:50%;right:0;width:4px;border-top-width:1px}
      .legend{display:flex;gap:14px;font-size:12px;color:#444;margin-top:2px}
      .legend i{display:inline-block;width:12px;height:12px;margin-right:5px;vertical-align:-2px}
      .legend i.box{border:2px solid;box-sizing:border-box}.legend i.swatch{border:1px solid #999}
      .detection{background:#fff;border:1px solid #ddd;padding:10px 12px;margin:10px 0}
      .detection figure{border:none;padding:0}
      .pair{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
      .where,.truth{margin:2px 0}
      .timings .bar{display:inline-block;height:10px;background:#1f5fa8}
      .networks code{word-break:break-all}
      """;
}
