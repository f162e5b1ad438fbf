package io.veil.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoxTest {

    @Test
    void paddingGrowsEverySideByTheFraction() {
        assertThat(new Box(100, 100, 50, 40).pad(0.3)).isEqualTo(new Box(85, 88, 80, 64));
    }

    @Test
    void clippingKeepsTheBoxInsideThePage() {
        assertThat(new Box(-5, -5, 20, 20).clip(10, 10)).isEqualTo(new Box(0, 0, 10, 10));
    }

    @Test
    void disjointBoxesHaveNoOverlap() {
        Box a = new Box(0, 0, 10, 10);
        Box b = new Box(20, 20, 10, 10);
        assertThat(a.intersects(b)).isFalse();
        assertThat(a.iou(b)).isZero();
        assertThat(a.iou(a)).isEqualTo(1.0);
    }

    @Test
    void coversCountsTheShareOfTheOtherBoxInside() {
        Box region = new Box(0, 0, 100, 100);
        assertThat(region.covers(new Box(10, 10, 20, 20), 1.0)).isTrue();
        assertThat(region.covers(new Box(90, 0, 20, 10), 0.5)).isTrue();
        assertThat(region.covers(new Box(91, 0, 20, 10), 0.5)).isFalse();
        assertThat(region.covers(new Box(200, 200, 5, 5), 0.1)).isFalse();
    }
}
