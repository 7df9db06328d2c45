package io.mentorbot.telegram.admin;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.mentorbot.accounts.Language;
import io.mentorbot.stats.PlatformSnapshot.DayCount;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Bookings per day as a PNG bar chart, drawn headless with JFreeChart. */
final class StatsChart {

    static final int WIDTH = 900;
    static final int HEIGHT = 450;

    private StatsChart() {
    }

    static byte[] png(List<DayCount> days, String title, String axis, Language language) {
        DateTimeFormatter label = DateTimeFormatter.ofPattern("d MMM", language.locale());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (DayCount day : days) {
            data.addValue(day.bookings(), axis, label.format(day.day()));
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, axis, data, PlotOrientation.VERTICAL,
                false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(new Color(0xF5F7FA));
        plot.setRangeGridlinePaint(new Color(0xC8CDD3));
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setSeriesPaint(0, new Color(0x2AABEE));
        bars.setShadowVisible(false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
