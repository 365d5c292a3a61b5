// Renders the one icon source (resources/icons/attune.svg) to the PNG sizes desktops ask for, at
// build time, so the PNGs can never drift from the SVG and no binary images live in the
// repository. Usage: attune_render_icon IN.svg OUT.png SIZE (or OUT.argb32p: the raw pixels)

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::fputs("usage: attune_render_icon IN.svg OUT.png SIZE\n", stderr);
        return 2;
    }
    // Rendering to an image needs no display; the offscreen platform keeps build machines
    // without one happy.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int size = QByteArray(argv[3]).toInt();
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid() || size < 8 || size > 1024) {
        std::fprintf(stderr, "attune_render_icon: cannot render %s at %s\n", argv[1], argv[3]);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    const QString out = QString::fromLocal8Bit(argv[2]);
    if (out.endsWith(QLatin1String(".argb32p"))) {
        // The app's own icon: the rendered pixels as they are (premultiplied ARGB32, this
        // machine's byte order), which the app shows without decoding anything (issue #15).
        QFile file(out);
        const auto bytes = reinterpret_cast<const char*>(image.constBits());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes, image.sizeInBytes()) != image.sizeInBytes()) {
            std::fprintf(stderr, "attune_render_icon: cannot write %s\n", argv[2]);
            return 1;
        }
        return 0;
    }
    if (!image.save(out, "PNG")) {
        std::fprintf(stderr, "attune_render_icon: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
