package dev.authlib.it.liberty;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.rmi.server.RMISocketFactory;

/**
 * Java agent for the Liberty test server (see arquillian.xml): every RMI server socket of the JVM
 * binds 127.0.0.1.
 *
 * <p>The Arquillian Liberty managed container talks JMX to the server through Liberty's
 * {@code localConnector-1.0}, which starts the JDK's local management agent. That agent's RMI
 * connector listens on a wildcard address (it only refuses non-local peers after accepting). With
 * {@code com.sun.management.jmxremote.local.only=false} in the file named by
 * {@code -Dcom.sun.management.config.file} (the JDK ignores it as a plain system property unless
 * a remote agent is configured) it uses the JVM-wide RMI socket factory instead, which this agent
 * replaces by one bound to loopback.
 */
public final class LoopbackRmiAgent {

    private LoopbackRmiAgent() {
    }

    public static void premain(String args, Instrumentation inst) throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        RMISocketFactory.setSocketFactory(new RMISocketFactory() {
            @Override
            public Socket createSocket(String host, int port) throws IOException {
                return new Socket(host, port);
            }

            @Override
            public ServerSocket createServerSocket(int port) throws IOException {
                return new ServerSocket(port, 50, loopback);
            }
        });
    }
}
