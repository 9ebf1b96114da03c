using System;
using Xunit;

namespace KibanaConnectors.Tests
{
    public class AlertHistoryTests
    {
        [Theory]
        [InlineData("kibana-alert-history-default", true)]
        [InlineData("kibana-alert-history-ops", true)]
        [InlineData("kibana-alert-history-", false)]
        [InlineData("alerts-ops", false)]
        [InlineData("Kibana-alert-history-ops", false)]
        [InlineData(null, false)]
        public void Index_overrides_must_start_with_the_alert_history_prefix(string? index, bool valid)
        {
            Assert.Equal(valid, AlertHistory.IsValidIndex(index));
            if (valid)
            {
                Assert.Equal(index, AlertHistory.CheckIndex(index!));
            }
            else if (index != null)
            {
                var ex = Assert.Throws<ArgumentException>(() => AlertHistory.CheckIndex(index));
                Assert.Contains("'kibana-alert-history-'", ex.Message);
                Assert.Contains(index, ex.Message);
            }
        }

        [Fact]
        public void The_default_index_is_valid_for_the_connector()
        {
            Assert.True(AlertHistory.IsValidIndex(AlertHistory.DefaultIndex));
            Assert.Equal("preconfigured-alert-history-es-index", AlertHistory.ConnectorId);
        }
    }
}
