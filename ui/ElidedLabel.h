#pragma once

#include <QLabel>
#include <QString>

// One line of text that never pushes its window wider: when it does not fit, it is cut in the middle with "…" and the
// whole text is in the tooltip and the accessible description (a 100-character description, a URL without spaces).
class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(const QString &text = {}, QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }
    // The text is shown in full.
    bool isElided() const { return text() != m_full; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_full;
};
