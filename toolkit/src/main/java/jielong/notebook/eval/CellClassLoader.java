package jielong.notebook.eval;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.InternalException;

/**
 * Loads the classes JShell compiles from cells, in this JVM, on top of the toolkit's class loader.
 * Every class passes through {@link ExitRedirect} first, so a cell cannot exit the JVM.
 */
final class CellClassLoader extends URLClassLoader implements LoaderDelegate {

    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> compiled = new ConcurrentHashMap<>();
    private final Map<String, Class<?>> loaded = new ConcurrentHashMap<>();

    CellClassLoader(ClassLoader parent) {
        super(new URL[0], parent);
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException {
        boolean[] installed = new boolean[classes.length];
        try {
            for (ClassBytecodes c : classes) {
                compiled.put(c.name(), ExitRedirect.rewrite(c.bytecodes()));
            }
            for (int i = 0; i < classes.length; i++) {
                Class<?> c = loadClass(classes[i].name());
                loaded.put(classes[i].name(), c);
                installed[i] = true;
                c.getDeclaredMethods(); // link now, so a broken class fails here and not mid-cell
            }
        } catch (Throwable e) {
            throw new ClassInstallException("load: " + e.getMessage(), installed);
        }
    }

    @Override
    public void classesRedefined(ClassBytecodes[] classes) {
        for (ClassBytecodes c : classes) {
            compiled.put(c.name(), ExitRedirect.rewrite(c.bytecodes()));
        }
    }

    @Override
    public void addToClasspath(String classpath) throws InternalException {
        for (String entry : classpath.split(File.pathSeparator)) {
            try {
                addURL(Path.of(entry).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new InternalException("bad class path entry " + entry + ": " + e.getMessage());
            }
        }
    }

    @Override
    public Class<?> findClass(String name) throws ClassNotFoundException {
        Class<?> known = loaded.get(name);
        if (known != null) {
            return known;
        }
        byte[] bytes = compiled.get(name);
        if (bytes != null) {
            return defineClass(name, bytes, 0, bytes.length);
        }
        return super.findClass(name);
    }
}
