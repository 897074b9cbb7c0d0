package dev.liaison.digest.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's picture, drawn server-side to PNG: health bands per week for the last 8 weeks, and
 * touches per AM this week against their due check-ins. Sized to stay readable in Slack's preview.
 */
final class ReportChart {

    static final int WIDTH = 1200;
    static final int HEIGHT = 640;
    private static final Color HEALTHY = new Color(0x2E, 0x9E, 0x5B);
    private static final Color WATCH = new Color(0xE8, 0xA3, 0x17);
    private static final Color AT_RISK = new Color(0xD6, 0x3B, 0x3B);

    static {
        // no display on a server
        System.setProperty("java.awt.headless", "true");
    }

    private ReportChart() {
    }

    /** @param names display names by user id, for the AM axis */
    public static byte[] png(WeeklyReport report, Function<String, String> names) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        trend(report.trend()).draw(g, new Rectangle2D.Double(0, 0, WIDTH / 2.0, HEIGHT));
        touches(report.touches(), names).draw(g, new Rectangle2D.Double(WIDTH / 2.0, 0, WIDTH / 2.0, HEIGHT));
        g.setColor(new Color(0xDD, 0xDD, 0xDD));
        g.setStroke(new BasicStroke(2));
        g.drawLine(WIDTH / 2, 20, WIDTH / 2, HEIGHT - 20);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JFreeChart trend(List<WeeklyReport.WeekBands> weeks) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (WeeklyReport.WeekBands week : weeks) {
            String label = week.week().substring(week.week().indexOf('W'));
            data.addValue(week.bands().healthy(), "healthy", label);
            data.addValue(week.bands().watch(), "watch", label);
            data.addValue(week.bands().atRisk(), "at risk", label);
        }
        JFreeChart chart = ChartFactory.createStackedBarChart("Clients by health, week by week", "week", "clients",
                data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = style(chart);
        StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, HEALTHY);
        renderer.setSeriesPaint(1, WATCH);
        renderer.setSeriesPaint(2, AT_RISK);
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new StandardBarPainter());
        return chart;
    }

    private static JFreeChart touches(List<WeeklyReport.AmWeek> ams, Function<String, String> names) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (WeeklyReport.AmWeek am : ams) {
            String name = names.apply(am.userId());
            data.addValue(am.touches(), "touches this week", name);
            data.addValue(am.dueCheckIns(), "check-ins due", name);
        }
        JFreeChart chart = ChartFactory.createBarChart("Touches per AM this week", null, "count", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        CategoryPlot plot = style(chart);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, new Color(0x36, 0x6C, 0xC4));
        renderer.setSeriesPaint(1, new Color(0xB0, 0xB7, 0xC3));
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new StandardBarPainter());
        return chart;
    }

    private static CategoryPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        plot.getRangeAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        }
        return plot;
    }
}
