package io.mentorbot.reminders;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.quartz.SchedulerConfigException;
import org.quartz.spi.ClassLoadHelper;
import org.quartz.spi.SchedulerSignaler;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.quartz.LocalDataSourceJobStore;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * Spring's job store on the application's DataSource (joining its transactions), registered in Quartz's JVM-wide
 * {@link DBConnectionManager} under a name of its own. Spring's store registers under the scheduler's name only, so a
 * second application in the same JVM (tests that start and stop one) would take over, and on closing break, the
 * first one's connections; the scheduler name itself must stay the same on every instance of a cluster.
 */
public class ContextJobStore extends LocalDataSourceJobStore {

    private static final AtomicInteger STORES = new AtomicInteger();

    @Override
    public void initialize(ClassLoadHelper loadHelper, SchedulerSignaler signaler) throws SchedulerConfigException {
        DataSource dataSource = SchedulerFactoryBean.getConfigTimeDataSource();
        DataSource nonTx = SchedulerFactoryBean.getConfigTimeNonTransactionalDataSource();
        DataSource plain = nonTx != null ? nonTx : dataSource;
        super.initialize(loadHelper, signaler);
        String name = getDataSource() + "." + STORES.incrementAndGet();
        DBConnectionManager.getInstance().addConnectionProvider(name,
                provider(() -> DataSourceUtils.doGetConnection(dataSource)));
        DBConnectionManager.getInstance().addConnectionProvider(name + ".nontx", provider(plain::getConnection));
        setDataSource(name);
        setNonManagedTXDataSource(name + ".nontx");
    }

    private interface Connector {
        Connection get() throws SQLException;
    }

    private static ConnectionProvider provider(Connector connector) {
        return new ConnectionProvider() {
            @Override
            public Connection getConnection() throws SQLException {
                return connector.get();
            }

            @Override
            public void shutdown() {
                // the application closes its own DataSource
            }

            @Override
            public void initialize() {
            }
        };
    }
}
